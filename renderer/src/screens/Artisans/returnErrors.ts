import type { ApiError } from '../../../../src/shared/errors';

/** Where a return's error points: the index of the line it names in the lines sent, if any. */
export function lineIndexOf(e: ApiError): number | null {
  const field = e.details?.field;
  if (Array.isArray(field) && field[0] === 'lines' && typeof field[1] === 'number') return field[1];
  const issue = e.details?.issues?.find((i) => i.path[0] === 'lines' && typeof i.path[1] === 'number');
  return issue ? (issue.path[1] as number) : null;
}
