/** The JSON Schema of the output, for `rasid schema` (a module of its own: loaded only by that command). */
import { z } from 'zod';
import { outputSchema } from '../schema.js';

export const outputJsonSchema = (): unknown => z.toJSONSchema(outputSchema);
