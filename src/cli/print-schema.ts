import { printSchema } from 'graphql';
import { schema } from '../../schema/index.js';
import type { Command } from './io.js';

/** `print-schema`: the GraphQL schema in SDL, as clients and codegen consume it. */
export const printSchemaCommand: Command = async (_args, io) => {
  io.stdout.write(`${printSchema(schema)}\n`);
  return 0;
};
