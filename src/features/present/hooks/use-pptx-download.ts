import { useState } from 'react'
import { taskStatuses } from '../../../api/schemas'
import { statusColour } from '../../../components/charts/chart-palette'
import { downloadBlob } from '../../../components/download'
import type { PptxDeckInput } from '../pptx/deck-input'
import { hex } from '../pptx/layout'

export type PptxState = 'idle' | 'preparing' | 'ready' | 'failed'

/**
 * "Download PowerPoint": loads the generator only now (a chunk of its own), builds the file from the slides on
 * screen and hands it to the browser. The state feeds a live region; a second click while preparing does nothing.
 */
export function usePptxDownload(input: () => Omit<PptxDeckInput, 'statusColours'>) {
  const [state, setState] = useState<PptxState>('idle')
  const download = async () => {
    if (state === 'preparing') return
    setState('preparing')
    try {
      const { buildPptx, pptxFileName } = await import('../pptx/build-pptx')
      const deck: PptxDeckInput = {
        ...input(),
        statusColours: Object.fromEntries(
          taskStatuses.map((status) => [status, hex(statusColour(status))]),
        ) as PptxDeckInput['statusColours'],
      }
      const blob = (await buildPptx(deck).write({ outputType: 'blob' })) as Blob
      downloadBlob(blob, pptxFileName(deck))
      setState('ready')
    } catch {
      setState('failed')
    }
  }
  return { state, download }
}
