import type { ReactNode } from 'react'
import { Link } from '../../../router/links'
import type { Task } from '../../../api/schemas'
import { Localized } from '../../../components/localized'

/** The overview's short lists of activities: code and title as a link, then what the list is about. */
export function TaskItems({ tasks, meta }: { tasks: Task[]; meta: (task: Task) => ReactNode }) {
  return (
    <ul className="attention-list">
      {tasks.map((task) => (
        <li key={task.id}>
          <Link to={`/tasks/${encodeURIComponent(task.id)}`}>
            {task.code} <Localized text={task.title} />
          </Link>
          <span className="attention-list__meta">{meta(task)}</span>
        </li>
      ))}
    </ul>
  )
}
