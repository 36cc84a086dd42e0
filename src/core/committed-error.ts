import { AppError } from '../shared/errors';

/** An error that must still commit what the handler wrote before it (a wrong-PIN count). */
export class CommittedError extends AppError {}
