/**
 * Prints `rows` as columns two spaces apart: the first column (what each row is) left-aligned,
 * the figures right-aligned.
 *
 * @example
 * printTable([["feed", "ms"], ["rss", "0.42"]]);
 */
export function printTable(rows: string[][]): void {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  for (const row of rows) {
    console.log(
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join("  "),
    );
  }
}
