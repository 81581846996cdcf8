/** Line icons for the sidebar, inline so they follow the text colour and need no image requests. */
import type { NavId } from './nav-items';

/** The pages, and the reply panel (a page of its own when opened from the sidebar). */
export type NavIconId = NavId | 'panel';

const PATHS: Record<NavIconId, string[]> = {
  today: ['M4 6.5h16v13H4z', 'M4 10.5h16', 'M8.5 4v4M15.5 4v4', 'M8.5 14.5h3'],
  tasks: ['M5 4.5h14v15H5z', 'M8.5 9.5l1.5 1.5 3-3', 'M8.5 15h7'],
  escalations: ['M12 19.5V5', 'M6.5 10.5L12 5l5.5 5.5', 'M5 19.5h14'],
  orders: ['M4 8l8-4 8 4v8.5l-8 4-8-4z', 'M4 8l8 4 8-4', 'M12 12v8.5'],
  invoices: ['M6 3.5h12v17l-2-1.5-2 1.5-2-1.5-2 1.5-2-1.5-2 1.5z', 'M9 8.5h6M9 12h6M9 15.5h3.5'],
  customers: ['M12 11.5a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7z', 'M5 19.5c.8-3.6 3.6-5.5 7-5.5s6.2 1.9 7 5.5'],
  phrases: [
    'M4.5 6a1.5 1.5 0 0 1 1.5-1.5h12A1.5 1.5 0 0 1 19.5 6v9a1.5 1.5 0 0 1-1.5 1.5h-7l-4 3.5v-3.5H6A1.5 1.5 0 0 1 4.5 15z',
    'M8 9h8M8 12.5h5',
  ],
  reports: ['M4.5 19.5h15', 'M7 16.5v-5M11 16.5V7.5M15 16.5v-7M19 16.5V5'],
  panel: ['M3.5 7h17v10.5h-17z', 'M7 10.5h1M11.5 10.5h1M16 10.5h1', 'M8 14h8'],
  settings: [
    'M4.5 7h9M17.5 7h2',
    'M15.5 5v4',
    'M4.5 12h2M10.5 12h9',
    'M8.5 10v4',
    'M4.5 17h7M15.5 17h4',
    'M13.5 15v4',
  ],
};

export function NavIcon({ id }: { id: NavIconId }) {
  return (
    <svg
      className="nav-icon"
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[id].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
