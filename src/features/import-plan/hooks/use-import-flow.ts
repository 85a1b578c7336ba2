import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { applyImport, discardImport, importQueries, uploadWorkbook, type UploadStage } from '../../../api/imports'
import type { Language } from '../../../i18n/languages'

/**
 * Upload → preview → apply or discard. The chosen file stays in memory, so "check again" after a 409 sends the same
 * bytes without asking for the file anew. The preview is read through a query keyed by the language: its messages
 * come from the server in the interface language and follow a switch of language.
 */
export function useImportFlow(language: Language) {
  const queryClient = useQueryClient()
  const [file, setFile] = useState<File | null>(null)
  const [stage, setStage] = useState<UploadStage | null>(null)
  const [previewId, setPreviewId] = useState<string | null>(null)

  const upload = useMutation({
    mutationFn: (workbook: File) => uploadWorkbook(workbook, language, setStage),
    onMutate: () => setPreviewId(null),
    onSuccess: (preview) => {
      queryClient.setQueryData(importQueries.detail(preview.id, language).queryKey, preview)
      setPreviewId(preview.id)
    },
    onSettled: () => setStage(null),
  })
  const preview = useQuery({ ...importQueries.detail(previewId ?? '', language), enabled: previewId !== null })

  const apply = useMutation({
    mutationFn: ({ id, removeMissing }: { id: string; removeMissing: boolean }) =>
      applyImport(id, removeMissing, language),
    onSuccess: async () => {
      setPreviewId(null)
      // The plan changed under every screen: whatever they hold is stale, except the imports themselves.
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== importQueries.all()[0] })
    },
  })
  const discard = useMutation({
    mutationFn: (id: string) => discardImport(id, language),
    onSuccess: () => setPreviewId(null),
  })

  const check = () => {
    if (!file) return
    apply.reset()
    discard.reset()
    upload.mutate(file)
  }

  return {
    file,
    chooseFile: (next: File | null) => {
      setFile(next)
      upload.reset()
    },
    check,
    stage,
    uploadError: upload.error,
    checking: upload.isPending,
    preview: previewId === null ? undefined : preview,
    apply,
    discard,
  }
}
