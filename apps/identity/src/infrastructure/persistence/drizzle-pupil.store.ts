import { Inject, Injectable } from '@nestjs/common';
import type { DivisionView, ImportPupilsReport, PupilView } from '@pix/contracts';
import { DATABASE, type DatabaseHandle } from '@pix/platform';
import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import type { PupilFilter, PupilRecordInput, PupilStore } from '../../domain/identity.ports';
import * as schema from './schema';

type PupilRow = typeof schema.pupils.$inferSelect;

const IDENTITY_FIELDS = [
  'lastName',
  'firstName',
  'birthdate',
  'sex',
  'division',
  'birthCountry',
  'birthInseeCode',
  'birthCity',
] as const;

function toColumns(pupil: PupilRecordInput) {
  return {
    nationalId: pupil.nationalId,
    lastName: pupil.lastName,
    firstName: pupil.firstName,
    birthdate: pupil.birthdate,
    sex: pupil.sex,
    division: pupil.division,
    birthCountry: pupil.birthCountry,
    birthInseeCode: pupil.birthINSEECode,
    birthCity: pupil.birthCity,
  };
}

@Injectable()
export class DrizzlePupilStore implements PupilStore {
  constructor(@Inject(DATABASE) private readonly database: DatabaseHandle<typeof schema>) {}

  async replaceImport(centreId: number, pupils: readonly PupilRecordInput[], now: Date): Promise<ImportPupilsReport> {
    return this.database.db.transaction(async (tx) => {
      const existing = await tx.select().from(schema.pupils).where(eq(schema.pupils.centreId, centreId));
      const byNationalId = new Map(existing.map((row) => [row.nationalId, row]));
      const seen = new Set<string>();
      let created = 0;
      let updated = 0;
      let unchanged = 0;
      const toInsert: (typeof schema.pupils.$inferInsert)[] = [];
      for (const pupil of pupils) {
        seen.add(pupil.nationalId);
        const columns = toColumns(pupil);
        const row = byNationalId.get(pupil.nationalId);
        if (row === undefined) {
          toInsert.push({ ...columns, centreId, active: true, createdAt: now, updatedAt: now });
          created += 1;
        } else if (row.active && IDENTITY_FIELDS.every((field) => row[field] === columns[field])) {
          unchanged += 1;
        } else {
          await tx
            .update(schema.pupils)
            .set({ ...columns, active: true, updatedAt: now })
            .where(eq(schema.pupils.id, row.id));
          updated += 1;
        }
      }
      for (let start = 0; start < toInsert.length; start += 500) {
        await tx.insert(schema.pupils).values(toInsert.slice(start, start + 500));
      }
      const leaving = existing.filter((row) => row.active && !seen.has(row.nationalId)).map((row) => row.id);
      if (leaving.length > 0) {
        await tx.update(schema.pupils).set({ active: false, updatedAt: now }).where(inArray(schema.pupils.id, leaving));
      }
      const divisions = [...new Set(pupils.map((pupil) => pupil.division))].sort(compareDivisions);
      return { created, updated, unchanged, deactivated: leaving.length, divisions };
    });
  }

  async list(centreId: number, filter: PupilFilter): Promise<PupilView[]> {
    const conditions: SQL[] = [eq(schema.pupils.centreId, centreId)];
    if (filter.division !== undefined) conditions.push(eq(schema.pupils.division, filter.division));
    if (filter.pupilIds !== undefined) {
      if (filter.pupilIds.length === 0) return [];
      conditions.push(inArray(schema.pupils.id, [...filter.pupilIds]));
    }
    if (filter.includeInactive !== true) conditions.push(eq(schema.pupils.active, true));
    const rows = await this.database.db
      .select({ pupil: schema.pupils, username: schema.users.username })
      .from(schema.pupils)
      .leftJoin(schema.users, eq(schema.users.id, schema.pupils.userId))
      .where(and(...conditions))
      .orderBy(asc(schema.pupils.division), asc(schema.pupils.lastName), asc(schema.pupils.firstName));
    return rows.map(({ pupil, username }) => toPupilView(pupil, username));
  }

  async divisions(centreId: number): Promise<DivisionView[]> {
    const rows = await this.database.db
      .select({ name: schema.pupils.division, activePupils: count() })
      .from(schema.pupils)
      .where(and(eq(schema.pupils.centreId, centreId), eq(schema.pupils.active, true)))
      .groupBy(schema.pupils.division);
    return rows.sort((left, right) => compareDivisions(left.name, right.name));
  }

  async linkUser(centreId: number, pupilId: number, userId: number, now: Date): Promise<void> {
    await this.database.db
      .update(schema.pupils)
      .set({ userId, updatedAt: now })
      .where(and(eq(schema.pupils.centreId, centreId), eq(schema.pupils.id, pupilId)));
  }
}

/** "3E2" before "3E10": natural order, as on the school's lists. */
function compareDivisions(left: string, right: string): number {
  return left.localeCompare(right, 'fr', { numeric: true, sensitivity: 'base' });
}

function toPupilView(row: PupilRow, username: string | null): PupilView {
  return {
    id: row.id,
    centreId: row.centreId,
    nationalId: row.nationalId,
    lastName: row.lastName,
    firstName: row.firstName,
    birthdate: row.birthdate,
    sex: row.sex,
    division: row.division,
    birthCountry: row.birthCountry,
    birthINSEECode: row.birthInseeCode,
    birthCity: row.birthCity,
    active: row.active,
    userId: row.userId,
    username,
  };
}
