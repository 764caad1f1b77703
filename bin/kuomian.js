#!/usr/bin/env node
// The `kuomian` command: runs the TypeScript sources through tsx so the CLI needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../lib/cli/main.ts');
