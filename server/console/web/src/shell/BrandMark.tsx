/** The console's mark: the favicon's speech bubble, drawn in SVG (no image request, no inline style). */
export function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 32 32" width="36" height="36" aria-hidden="true">
      <rect width="32" height="32" rx="7" className="brand-mark-tile" />
      <path
        d="M8 11a5 5 0 0 1 5-5h6a5 5 0 0 1 5 5v5a5 5 0 0 1-5 5h-4l-5 4v-4.4A5 5 0 0 1 8 16z"
        className="brand-mark-bubble"
      />
    </svg>
  );
}
