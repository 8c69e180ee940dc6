/**
 * Line icons drawn here (nothing downloaded); decorative, so hidden from assistive technology.
 * Areas draw their own icons in the same frame.
 */
export interface IconProps {
  className?: string;
}

export function Svg({ className, children }: IconProps & { children: React.ReactNode }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

export const HomeIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M3 11.5 12 4l9 7.5" />
    <path d="M5.5 10v9.5h13V10" />
    <path d="M10 19.5v-5h4v5" />
  </Svg>
);

export const TextSizeIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M3 19 8 6l5 13" />
    <path d="M4.8 14.5h6.4" />
    <path d="M15 19l3-8 3 8" />
    <path d="M16 16.5h4" />
  </Svg>
);

export const ContrastIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="12" cy="12" r="8.5" />
    <path d="M12 3.5v17a8.5 8.5 0 0 0 0-17Z" fill="currentColor" />
  </Svg>
);

export const BackspaceIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M8.5 5H21v14H8.5L2 12Z" />
    <path d="m11.5 9 6 6M17.5 9l-6 6" />
  </Svg>
);

export const ShiftIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M12 3.5 3.5 12H8v8h8v-8h4.5Z" />
  </Svg>
);

export const SearchIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="10.5" cy="10.5" r="6.5" />
    <path d="m15.5 15.5 5 5" />
  </Svg>
);

export const ChevronLeftIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="m15 5-7 7 7 7" />
  </Svg>
);

export const ChevronRightIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="m9 5 7 7-7 7" />
  </Svg>
);

export const KeyIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="8" cy="15" r="4.5" />
    <path d="m11.2 11.8 8.3-8.3M16 7l2.5 2.5M18.5 4.5 21 7" />
  </Svg>
);

export const SignOutIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M14 4H5v16h9" />
    <path d="M10 12h11M17 8l4 4-4 4" />
  </Svg>
);

/** The five-pointed star of the centre's emblem, filled. */
export function StarMark({ className }: IconProps) {
  return (
    <svg className={className} viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M50 4 61.8 38.2H97.6L68.9 59.6 79.4 94 50 73.2 20.6 94 31.1 59.6 2.4 38.2H38.2Z"
      />
    </svg>
  );
}

export const PlayIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M7 4.5v15l12-7.5Z" />
  </Svg>
);

export const PauseIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M7.5 5v14M16.5 5v14" />
  </Svg>
);
