// The evidence levels, strongest first, as plain data: the schema validates against them and the UI words them,
// and the UI must not pull the validator (zod) into the first JS chunk just to read this list.
export const EVIDENCE_LEVELS = ['verified', 'summary-only', 'secondary', 'unconfirmed'] as const
