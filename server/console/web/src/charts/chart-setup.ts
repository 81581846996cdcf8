/**
 * Chart.js, registered piece by piece (only what the console draws, so the rest is left out of
 * the bundle). Chart.js draws on a canvas and sets sizes through the CSSOM, never through style
 * attributes or <style> elements, so it runs under the server's CSP (style-src 'self').
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

Chart.defaults.font.family =
  "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', system-ui, sans-serif";
Chart.defaults.font.size = 12;
Chart.defaults.color = '#5c6470';
Chart.defaults.borderColor = '#e2e5e9';
// Figures, not motion: the page refreshes every 30 s and a re-drawn chart should not dance.
Chart.defaults.animation = false;

/** Series colours, told apart in hue and lightness (the legend and the table name them too). */
export const SERIES_COLOURS = [
  '#1f6fd1',
  '#d9822b',
  '#1c7c45',
  '#b23c8a',
  '#6b5bd6',
  '#0f8b8d',
  '#c9352b',
  '#7a6a00',
  '#4b5563',
  '#2f9e44',
];

export const colourOf = (index: number): string => SERIES_COLOURS[index % SERIES_COLOURS.length]!;

export { Chart };
