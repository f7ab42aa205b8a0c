// Databases of the exam benchmark: one PostgreSQL database per service on a given server (what apps/e2e's harness
// does: every service runs its own migrations, so two services must never share a database), and the read-back of
// the answers the testing service stored, from PostgreSQL or from its PGlite directory once the service stopped.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** `postgres://…/anything` → the same server with another database name. */
function withDatabase(serverUrl, database) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Creates `<prefix>_<service>` for each service on the server of `serverUrl` (connecting to the database it names,
 * e.g. `postgres`). Returns service → URL and a function that drops them.
 */
export async function createServiceDatabases(serverUrl, services, prefix) {
  const { Client } = require('pg');
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  const urls = {};
  try {
    for (const service of services) {
      const name = `${prefix}_${service}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
      await admin.query(`create database "${name}"`);
      urls[service] = withDatabase(serverUrl, name);
    }
  } finally {
    await admin.end();
  }
  const drop = async () => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      for (const url of Object.values(urls)) {
        await client.query(`drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`);
      }
    } finally {
      await client.end();
    }
  };
  return { urls, drop };
}

const ANSWERS_QUERY =
  'select course_id, question_number, challenge_id from certification_answers where course_id = any($1::int[])';

/** The stored answers of these courses, from the testing service's PostgreSQL database. */
export async function storedAnswersFromPostgres(databaseUrl, courseIds) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(ANSWERS_QUERY, [courseIds])).rows;
  } finally {
    await client.end();
  }
}

/**
 * The stored answers, from the PGlite directory the testing service used (`<dataDir>/testing/pglite`, see
 * libs/platform openDatabase). PGlite has no lock of its own and a second opener loses writes, so this runs only
 * after the service stopped.
 */
export async function storedAnswersFromPglite(dataDir, courseIds) {
  const directory = join(dataDir, 'testing', 'pglite');
  if (!existsSync(directory)) throw new Error(`${directory} does not exist`);
  const { PGlite } = await import('@electric-sql/pglite');
  const database = await PGlite.create(directory);
  try {
    return (await database.query(ANSWERS_QUERY, [courseIds])).rows;
  } finally {
    await database.close();
  }
}

/**
 * Compares the acknowledged answers (each a 200 receipt) with the stored rows: every receipt must have its row with
 * the same course, question number and challenge. Rows without a receipt (the reply was lost) are counted apart.
 */
export function compareAnswers(acknowledged, rows) {
  const key = (courseId, questionNumber, challengeId) => `${courseId}:${questionNumber}:${challengeId}`;
  const stored = new Set(rows.map((row) => key(row.course_id, row.question_number, row.challenge_id)));
  const receipts = new Set(
    acknowledged.map((answer) => key(answer.courseId, answer.questionNumber, answer.challengeId)),
  );
  const missing = [...receipts].filter((answer) => !stored.has(answer));
  const unacknowledged = [...stored].filter((answer) => !receipts.has(answer));
  return { acknowledged: receipts.size, found: receipts.size - missing.length, missing, unacknowledged };
}
