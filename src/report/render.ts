import type { Report } from './schema.js';

/** Every format a report can be written in. */
export const REPORT_FORMATS = ['md', 'json', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A renderer is a pure function of the Report: same report, same text. */
export type Renderer = (report: Report) => string;

/** File ending per format. */
export const EXTENSIONS: Readonly<Record<ReportFormat, string>> = { md: '.md', json: '.json', csv: '.csv', html: '.html' };

/** The renderer of a format, loaded on demand so a command pays only for what it writes. */
export async function rendererFor(format: ReportFormat): Promise<Renderer> {
  switch (format) {
    case 'json':
      return (await import('./render-json.js')).renderJson;
    case 'md':
      return (await import('./render-markdown.js')).renderMarkdown;
    case 'csv':
      return (await import('./render-csv.js')).renderCsv;
    case 'html':
      return (await import('./render-html.js')).renderHtml;
  }
}
