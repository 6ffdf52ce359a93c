/** A refusal or failure, announced to screen readers; renders nothing when there is none. */
export function ErrorMessage({ error }: { error: string | null }) {
  return error ? (
    <p role="alert" className="error">
      {error}
    </p>
  ) : null;
}
