/** Series are told apart by line pattern and marker shape as well as colour (WCAG 1.4.1). */
const seriesStyles = [
  { stroke: '#0b3d5c', dash: undefined, shape: 'circle', pattern: 'solid line, circles' },
  { stroke: '#a04000', dash: '8 4', shape: 'square', pattern: 'dashed line, squares' },
  { stroke: '#00703c', dash: '2 3', shape: 'triangle', pattern: 'dotted line, triangles' },
  { stroke: '#6f2c91', dash: '12 4 3 4', shape: 'diamond', pattern: 'dash-dot line, diamonds' },
] as const;

export const styleFor = (index: number) => seriesStyles[index % seriesStyles.length] ?? seriesStyles[0];
