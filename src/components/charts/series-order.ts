/**
 * Legend and tooltip items in the order the series are drawn. recharts sorts both by their label by default, so the
 * order changed with the language ("Completed, Due" in English, "Срок…, Выполнено" in Russian) and never matched the
 * stack. `topFirst` lists a vertical stack from the top down, the way the eye meets it in a tooltip.
 */
export function inDrawingOrder(dataKeys: readonly string[], { topFirst = false } = {}) {
  return (item: { dataKey?: unknown }) => {
    const index = dataKeys.indexOf(String(item.dataKey))
    return topFirst ? -index : index
  }
}
