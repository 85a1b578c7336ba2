// Slides are laid out for 1280×720 and scale with the viewport; charts get a fixed size so print can draw them.
export const chartSize = { width: 1100, height: 420 }
export const smallChartSize = { width: 560, height: 280 }
