// One look for WCAP's charts (recharts): the same margins, grid and axis labels everywhere.

export const CHART_MARGIN = { top: 8, right: 8, bottom: 0, left: 0 };

/** Horizontal lines only, light enough to read the data over. */
export const CHART_GRID_STROKE = '#e2e8f0';

/** Axis labels: slate-600, legible on white at 12 px. */
export const CHART_TICK = { fontSize: 12, fill: '#475569' };
