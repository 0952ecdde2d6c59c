import { borrowerOfRow, type Borrower, type QueryRow } from './borrowers.js';
import type { PeachRunFile, PeachRunRecord } from './state.js';

/** Columns of the contacts file the Contact Exporter writes for auto-dialers. */
export const CONTACT_COLUMNS = [
  'borrowerId',
  'loanId',
  'firstName',
  'lastName',
  'phoneNumber',
  'email',
  'timezone',
] as const;

/** Renders a value as one CSV field (RFC 4180 quoting). */
function field(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Renders a header and rows as CSV text with a trailing newline. */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [columns, ...rows].map((row) => row.map(field).join(',')).join('\n') + '\n';
}

/** The input rows whose borrower exists, with the borrower. */
export function contactRows(rows: readonly QueryRow[]): { row: QueryRow; borrower: Borrower }[] {
  return rows.flatMap((row) => {
    const borrower = borrowerOfRow(row);
    return borrower ? [{ row, borrower }] : [];
  });
}

function queryResults(rows: readonly QueryRow[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const header = columns.length > 0 ? columns : ['id'];
  return toCsv(
    header,
    rows.map((row) => header.map((column) => row[column])),
  );
}

function campaignInput(rows: readonly QueryRow[]): string {
  return toCsv(
    ['borrowerId', 'loanId'],
    rows.map((row) => [row['borrowerId'] ?? row['id'], row['loanId']]),
  );
}

function contactsOutput(rows: readonly QueryRow[]): string {
  return toCsv(
    CONTACT_COLUMNS,
    contactRows(rows).map(({ row, borrower }) => [
      borrower.id,
      row['loanId'] ?? borrower.loanId,
      borrower.firstName,
      borrower.lastName,
      borrower.phoneNumber,
      borrower.email,
      borrower.timezone,
    ]),
  );
}

/** The bytes of one run file, as `GET …/runs/{id}/files/{fileName}` serves them. */
export function renderRunFile(run: PeachRunRecord, file: PeachRunFile): string {
  const rows = run.rows ?? [];
  switch (file) {
    case 'query_results.csv':
      return queryResults(rows);
    case 'campaign_input.csv':
      return campaignInput(rows);
    case 'contacts_output.csv':
      return contactsOutput(rows);
    case 'log.txt':
      return run.log.join('\n') + '\n';
  }
}
