import { useTranslation } from '../../../i18n/use-translation'
import { sheetNames, type SheetName } from '../../../api/schemas-import'

const isSheetName = (name: string): name is SheetName => (sheetNames as readonly string[]).includes(name)

/** A sheet in the interface language, with its tab's name (English in every workbook) to find it by. */
export function SheetLabel({ name }: { name: string }) {
  const { t } = useTranslation()
  if (!isSheetName(name)) return <>{name}</>
  const label = t(`importPlan.sheets.${name}`)
  return label === name ? (
    <span lang="en">{name}</span>
  ) : (
    <>
      {label} (<span lang="en">{name}</span>)
    </>
  )
}
