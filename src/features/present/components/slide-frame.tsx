import type { ReactNode } from 'react'

interface SlideFrameProps {
  title: string
  current: boolean
  footer: ReactNode
  number: number
  count: number
  children: ReactNode
  className?: string
}

/** One slide: on screen only the current one shows; in print every slide is its own landscape page. */
export function SlideFrame({ title, current, footer, number, count, children, className = '' }: SlideFrameProps) {
  return (
    <section className={`slide ${current ? 'slide--current' : ''} ${className}`} aria-label={title}>
      <h2 className="slide__title">{title}</h2>
      <div className="slide__body">{children}</div>
      <footer className="slide__footer">
        <span>{footer}</span>
        <span className="slide__number">
          {number} / {count}
        </span>
      </footer>
    </section>
  )
}
