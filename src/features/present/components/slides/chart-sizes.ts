// Slides are laid out for 1280×720 and scale with the viewport; charts get a fixed size so print can draw them.
export const chartSize = { width: 1100, height: 400 }
/** Two indicators to a slide, each chart half the width: tall enough for 22 px ticks to leave room for the lines. */
export const smallChartSize = { width: 560, height: 320 }
