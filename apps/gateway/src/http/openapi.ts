import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import { z } from 'zod';

/** Documents a JSON body from the zod schema that validates it: one source of truth. */
export function ApiZodBody(schema: z.ZodType, description?: string) {
  return ApiBody({ description, schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as object });
}

/** Documents query parameters from a zod object schema. */
export function ApiZodQuery(schema: z.ZodObject) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, object>;
    required?: string[];
  };
  return applyDecorators(
    ...Object.entries(json.properties ?? {}).map(([name, property]) =>
      ApiQuery({ name, required: json.required?.includes(name) ?? false, schema: property }),
    ),
  );
}
