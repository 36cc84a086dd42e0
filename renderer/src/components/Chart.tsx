/**
 * A chart (bar, line or doughnut) drawn by chart.js 4, tree-shaken: only these controllers,
 * elements and scales are registered, so the bundle carries nothing else. Labels are drawn in the
 * app's Devanagari font once it has loaded (a canvas does not wait for web fonts by itself).
 * Always shown with its table: the chart is for the eye, the table holds the figures.
 */
import {
  ArcElement, BarController, BarElement, CategoryScale, Chart as ChartJs, DoughnutController, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'react';

ChartJs.register(BarController, LineController, DoughnutController, BarElement, LineElement, PointElement, ArcElement, CategoryScale, LinearScale, Tooltip, Legend);

const FONT = "'Noto Sans Devanagari', system-ui, sans-serif";
const COLOURS = ['#b85c1a', '#2f6f8f', '#6a8f2f', '#8f2f6a', '#d9a12b', '#4a3a2e', '#2f8f7a', '#c0392b', '#7a5cb8', '#8f6a2f', '#3b5b9a', '#9a3b5b'];

export interface ChartSeries {
  label: string;
  values: number[];
}

export interface ChartProps {
  type: 'bar' | 'line' | 'doughnut';
  labels: string[];
  series: ChartSeries[];
  /** How a value reads in the tooltip and on the axis (e.g. as rupees from paise). */
  format?: (v: number) => string;
  /** Scale the values are drawn at (e.g. 1/100 to draw paise as rupees); the tooltip formats the original. */
  scale?: number;
  title: string;
  height?: number;
  testId?: string;
}

export function Chart(props: ChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartJs | null>(null);
  const { type, labels, series, format, title } = props;
  const scale = props.scale ?? 1;

  useEffect(() => {
    if (!canvas.current) return;
    const round = type === 'doughnut';
    const config: ChartConfiguration = {
      type,
      data: {
        labels,
        datasets: series.map((s, i) => ({
          label: s.label,
          data: s.values.map((v) => v * scale),
          backgroundColor: round ? labels.map((_, k) => COLOURS[k % COLOURS.length]!) : COLOURS[i % COLOURS.length]!,
          borderColor: round ? '#fff' : COLOURS[i % COLOURS.length]!,
          borderWidth: round ? 2 : type === 'line' ? 2 : 0,
          pointRadius: type === 'line' ? 2 : undefined,
          maxBarThickness: 56,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        font: { family: FONT },
        plugins: {
          legend: { display: round || series.length > 1, position: round ? 'right' : 'top', labels: { font: { family: FONT, size: 13 } } },
          tooltip: {
            titleFont: { family: FONT }, bodyFont: { family: FONT },
            callbacks: { label: (c) => `${round ? c.label : c.dataset.label}: ${format ? format(Number(c.raw) / scale) : String(c.raw)}` },
          },
        },
        scales: round ? {} : {
          x: { ticks: { font: { family: FONT, size: 12 }, autoSkip: true, maxRotation: 60 } },
          y: { beginAtZero: true, ticks: { font: { family: FONT, size: 12 }, callback: (v) => (format ? format(Number(v) / scale) : String(v)) } },
        },
      },
    };
    chart.current?.destroy();
    chart.current = new ChartJs(canvas.current, config);
    // Redraw once the web font is in: the first frame may have used a fallback.
    let live = true;
    void document.fonts?.ready.then(() => live && chart.current?.update());
    return () => {
      live = false;
      chart.current?.destroy();
      chart.current = null;
    };
  }, [type, labels, series, format, scale]);

  return (
    <div className="chart" style={{ position: 'relative', height: props.height ?? 260 }} data-testid={props.testId}>
      <canvas ref={canvas} role="img" aria-label={title} />
    </div>
  );
}
