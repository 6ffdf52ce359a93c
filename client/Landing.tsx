import { useState } from 'react';
import { normaliseJoinCode } from '../shared/protocol/limits.js';

export function Landing() {
  const [code, setCode] = useState('');
  return (
    <main className="page narrow">
      <h1>Concert</h1>
      <p className="lede">Live, unattributed contributions for roundtables held under the Chatham House rule.</p>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          window.location.assign(`/join/${normaliseJoinCode(code)}`);
        }}
      >
        <label htmlFor="code">Join code</label>
        <input id="code" inputMode="text" autoCapitalize="characters" autoComplete="off" value={code} onChange={(e) => setCode(e.target.value)} placeholder="K7Q-4MX" required />
        <button type="submit" className="primary">Join</button>
      </form>
      <p>
        Facilitating? <a href="/facilitate">Start a round</a>.
      </p>
    </main>
  );
}
