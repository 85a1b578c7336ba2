// Looks inside an upload before any spreadsheet code opens it: is it a zip at all, does it declare more data than a
// plan can hold (a zip bomb), does it carry macros. Reads the zip's central directory (APPNOTE.TXT 4.3.12, 4.3.16),
// which lists every part with its sizes, without inflating anything.
import JSZip from 'jszip'
import { workbookLimits, type WorkbookError } from './import-issues'

export interface ZipPart {
  name: string
  compressedSize: number
  uncompressedSize: number
}

const endOfDirectorySignature = 0x06054b50
const directoryEntrySignature = 0x02014b50

/** The parts the central directory lists, or undefined when the bytes are not a (non-zip64) zip. */
export function zipParts(bytes: Uint8Array): ZipPart[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end record is the last 22 bytes, unless a comment (at most 65,535 bytes) follows it.
  let end = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at -= 1) {
    if (view.getUint32(at, true) === endOfDirectorySignature) {
      end = at
      break
    }
  }
  if (end < 0) return undefined
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const parts: ZipPart[] = []
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== directoryEntrySignature) return undefined
    const nameLength = view.getUint16(at + 28, true)
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))
    parts.push({ name, compressedSize: view.getUint32(at + 20, true), uncompressedSize: view.getUint32(at + 24, true) })
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return parts
}

export function declaresTooMuch(parts: readonly ZipPart[]): boolean {
  const total = parts.reduce((sum, part) => sum + part.uncompressedSize, 0)
  const inflatesTooFar = (part: ZipPart) =>
    part.uncompressedSize > 1024 * 1024 &&
    part.uncompressedSize > part.compressedSize * workbookLimits.maxCompressionRatio
  return total > workbookLimits.maxUncompressedBytes || parts.some(inflatesTooFar)
}

/** JSZip 3's chunked reader (ZipObject#internalStream); its typings only expose the Node stream built on it. */
interface InternalStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): InternalStream
  on(event: 'error' | 'end', listener: () => void): InternalStream
  pause(): void
  resume(): void
}
type Streamable = { internalStream(type: 'uint8array'): InternalStream }

/**
 * Inflates every part once, stopping as soon as one yields more than its directory entry declared: a zip that lies
 * about its sizes is a bomb too, and is refused before exceljs inflates it for real.
 */
export async function inflatesAsDeclared(zip: JSZip, parts: readonly ZipPart[]): Promise<boolean> {
  const declared = new Map(parts.map((part) => [part.name, part.uncompressedSize]))
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue
    const limit = declared.get(file.name) ?? 0
    const honest = await new Promise<boolean>((resolve) => {
      let total = 0
      const stream = (file as unknown as Streamable).internalStream('uint8array')
      stream
        .on('data', (chunk: Uint8Array) => {
          total += chunk.length
          if (total > limit) {
            stream.pause()
            resolve(false)
          }
        })
        .on('error', () => resolve(false))
        .on('end', () => resolve(total <= limit))
        .resume()
    })
    if (!honest) return false
  }
  return true
}

const macroContentType = /macroEnabled/i

/** What the zip says about itself before it is opened as a workbook; undefined when it may be opened. */
export async function checkZip(bytes: Uint8Array): Promise<WorkbookError | undefined> {
  const parts = zipParts(bytes)
  if (!parts) return { code: 'not_a_workbook' }
  if (declaresTooMuch(parts)) return { code: 'zip_bomb' }
  if (parts.some((part) => /(^|\/)vbaProject\.bin$/i.test(part.name))) return { code: 'macro_enabled' }
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes)
  } catch {
    return { code: 'not_a_workbook' }
  }
  if (!(await inflatesAsDeclared(zip, parts))) return { code: 'zip_bomb' }
  const contentTypes = await zip.file('[Content_Types].xml')?.async('string')
  if (contentTypes === undefined || !zip.file('xl/workbook.xml')) return { code: 'not_a_workbook' }
  if (macroContentType.test(contentTypes)) return { code: 'macro_enabled' }
  return undefined
}
