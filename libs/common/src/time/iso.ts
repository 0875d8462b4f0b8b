/** Instants go out as UTC ISO-8601 with milliseconds and `Z`, as `toISOString` writes them. */
export function toIsoInstant(value: Date): string {
  return value.toISOString();
}

export function toIsoInstantOrNull(value: Date | null | undefined): string | null {
  return value ? value.toISOString() : null;
}
