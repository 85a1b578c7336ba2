/** Rows of a child table (already ordered) grouped by their parent's id: one query per child table, not per parent. */
export function groupBy<Row, Value>(rows: Row[], key: (row: Row) => string, value: (row: Row) => Value) {
  const groups = new Map<string, Value[]>()
  for (const row of rows) {
    const id = key(row)
    const group = groups.get(id)
    if (group) group.push(value(row))
    else groups.set(id, [value(row)])
  }
  return (id: string): Value[] => groups.get(id) ?? []
}
