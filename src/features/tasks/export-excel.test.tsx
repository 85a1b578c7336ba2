import { screen } from '@testing-library/react'
import ExcelJS from 'exceljs'
import { db } from '../../../mocks/data/db'
import { renderRoute } from '../../test/render-route'

/** Catches what the page hands to the browser's download manager. */
function captureDownloads() {
  const files: { blob: Blob; name: string }[] = []
  let pending: Blob | undefined
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    pending = blob as Blob
    return 'blob:excel'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (pending) files.push({ blob: pending, name: this.download })
  })
  return files
}

afterEach(() => vi.restoreAllMocks())

test('"Export to Excel" downloads exactly the filtered rows, with Russian headers, and says so', async () => {
  const files = captureDownloads()
  const { user } = renderRoute('/tasks?status=delayed', { language: 'ru' })
  await screen.findByRole('table', { busy: false })
  await user.click(screen.getByRole('button', { name: 'Экспорт в Excel' }))
  expect(await screen.findByText('Файл Excel скачан.')).toHaveAttribute('role', 'status')

  const [file] = files
  expect(file?.name).toMatch(/^мероприятия_\d{4}-\d{2}-\d{2}_status-delayed\.xlsx$/)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await file!.blob.arrayBuffer())
  const sheet = workbook.worksheets[0]!
  expect(sheet.getRow(1).getCell(2).value).toBe('Мероприятие')
  const delayed = db.tasks.filter((task) => task.status === 'delayed')
  expect(sheet.rowCount).toBe(delayed.length + 1)
  expect(sheet.getColumn(5).values.slice(2)).toEqual(delayed.map(() => 'С задержкой'))
})
