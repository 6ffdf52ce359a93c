import { useRefusal, type Refusal, type RefusalContext } from '../i18n/refusals.js';

/** A refusal or failure, explained from its code and announced to screen readers; renders nothing when there is none. */
export function ErrorMessage({ error, context }: { error: Refusal | null; context?: RefusalContext }) {
  const explain = useRefusal();
  return error ? (
    <p role="alert" className="error">
      {explain(error, context)}
    </p>
  ) : null;
}
