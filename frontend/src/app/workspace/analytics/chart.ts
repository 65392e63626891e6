// Loaded on demand by DailyChart (dynamic import): Chart.js stays out of every other bundle.
// Only the pieces a line chart on a category axis needs are registered (tree-shaken build).
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

import { type DailyChartData, lineChartData } from './chart-data';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface DailyChartHandle {
  /** Shows new figures in the same chart (no new canvas, no new Chart instance). */
  update(data: DailyChartData): void;
  destroy(): void;
}

export function drawDailyChart(canvas: HTMLCanvasElement, data: DailyChartData): DailyChartHandle {
  const font = { family: getComputedStyle(canvas).fontFamily || 'system-ui, sans-serif', size: 13 };
  const chart = new Chart<'line', number[], string>(canvas, {
    type: 'line',
    data: lineChartData(data),
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      color: '#1a1a1a',
      font,
      scales: {
        x: { ticks: { color: '#1a1a1a', font, autoSkip: true, maxRotation: 0 }, grid: { display: false } },
        y: { beginAtZero: true, ticks: { color: '#1a1a1a', font, precision: 0 }, grid: { color: '#dde1e7' } },
      },
      plugins: {
        legend: { position: 'bottom', labels: { color: '#1a1a1a', font, usePointStyle: true, padding: 16 } },
        tooltip: { usePointStyle: true },
      },
    },
  });
  return {
    update(next) {
      const fresh = lineChartData(next);
      chart.data.labels = fresh.labels;
      chart.data.datasets = fresh.datasets;
      chart.update();
    },
    destroy: () => chart.destroy(),
  };
}
