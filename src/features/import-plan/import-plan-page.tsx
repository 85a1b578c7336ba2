import { useTranslation } from '../../i18n/use-translation'
import { Link } from '../../router/links'
import { PageHeader } from '../../components/page-header'
import { signInHref, useSession } from '../../components/use-session'
import { useLanguage } from '../../i18n/use-language'
import { ImportApplied } from './components/import-applied'
import { ImportPreviewView } from './components/import-preview'
import { UploadForm } from './components/upload-form'
import { WorkbookDownloads } from './components/workbook-downloads'
import { useImportFlow } from './hooks/use-import-flow'
import { importErrorMessage } from './import-error-message'
import './import-plan.css'

/** `/import`: the secretariat loads or updates the plan from a workbook; nobody else may (the server checks too). */
export function ImportPlanPage() {
  const { t } = useTranslation()
  const { user, query } = useSession()
  if (query.isPending) return <PageHeader title={t('importPlan.title')} />
  if (user?.role !== 'secretariat') {
    return (
      <>
        <PageHeader title={t('importPlan.title')} />
        <p>
          {user ? t('importPlan.notAllowed') : <Link to={signInHref('/import')}>{t('importPlan.signInFirst')}</Link>}
        </p>
      </>
    )
  }
  return <ImportPlan />
}

function ImportPlan() {
  const { t } = useTranslation()
  const flow = useImportFlow(useLanguage())
  const { preview, apply, discard } = flow
  const previewData = preview?.data
  return (
    <>
      <PageHeader title={t('importPlan.title')} />
      <p className="import-intro">{t('importPlan.intro')}</p>
      <WorkbookDownloads />
      <UploadForm
        file={flow.file}
        onFile={flow.chooseFile}
        onCheck={flow.check}
        stage={flow.stage}
        checking={flow.checking}
        error={flow.uploadError}
      />
      <p role="status" className="visually-hidden">
        {discard.isSuccess ? t('importPlan.discarded') : ''}
      </p>
      {preview?.isError && (
        <p role="alert" className="import-problem">
          {importErrorMessage(preview.error, t)}
        </p>
      )}
      {previewData && (
        <ImportPreviewView
          preview={previewData}
          onApply={(removeMissing) => apply.mutate({ id: previewData.id, removeMissing })}
          onDiscard={() => discard.mutate(previewData.id)}
          onCheckAgain={flow.check}
          busy={apply.isPending || discard.isPending}
          error={apply.error ?? discard.error}
        />
      )}
      {apply.data && <ImportApplied result={apply.data} removedMissing={apply.variables.removeMissing} />}
    </>
  )
}
