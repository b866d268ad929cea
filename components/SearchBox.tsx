import type { JSX } from 'preact';

interface Props extends Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'onInput' | 'value' | 'type'> {
  value: string;
  /** Also the accessible name: the box has no visible label. */
  placeholder: string;
  onQuery(value: string): void;
}

/** A search field as every Soi page has one: the placeholder says what it searches. */
export function SearchBox({ value, placeholder, onQuery, class: className = 'soi-search', ...rest }: Props) {
  return (
    <input
      {...rest}
      type="search"
      class={className}
      placeholder={placeholder}
      aria-label={placeholder}
      value={value}
      onInput={(event) => onQuery(event.currentTarget.value)}
    />
  );
}
