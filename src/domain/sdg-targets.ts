/** The ten SDG 4 targets, in the UN's order (4.1–4.7, then the means of implementation 4.a–4.c). */
export const sdgTargets = ['4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7', '4.a', '4.b', '4.c'] as const
export type SdgTarget = (typeof sdgTargets)[number]

export function isSdgTarget(value: string): value is SdgTarget {
  return (sdgTargets as readonly string[]).includes(value)
}
