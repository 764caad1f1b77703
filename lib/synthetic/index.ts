/** Public entry of the synthetic county generator. */
export { DEFAULT_SEED, generateCounty } from './generateCounty.ts';
export {
  defaultExpectationsPath,
  readExpectations,
  restoreReceiptTimes,
  writeExpectations,
} from './expectationsFile.ts';
export { OutputDirError } from './outputDir.ts';
export { resolveScale, type CountySize, type ScaleOption } from './scale.ts';
export { PERIODS } from './calendar.ts';
export {
  PLANTED_FLAGS,
  type MissingContact,
  type Planted,
  type PlantedFlag,
  type SurveyStatus,
} from './expected/types.ts';
export type { ExpectedOutcome, GenerateOptions, GeneratedCounty, GeneratedFile } from './types.ts';
