/** @module The server's message for a failed request, announced to screen readers. */
import { messageOf } from '../client/api-error.js';

export function ErrorNote({ error, id }: { error: unknown; id?: string }) {
  if (!error) return null;
  return (
    <p className="error-note" role="alert" id={id}>
      {messageOf(error)}
    </p>
  );
}
