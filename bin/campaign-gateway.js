#!/usr/bin/env node
// The campaign-gateway command line: runs the TypeScript sources through tsx.
import { tsImport } from 'tsx/esm/api';

await tsImport('../src/cli/main.ts', import.meta.url);
