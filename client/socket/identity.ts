/** This phone's secret token: made once, kept on the phone, never shown. The server keeps only keyed hashes of it. */
const TOKEN_KEY = 'concert:token';

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function phoneToken(): string {
  let token = localStorage.getItem(TOKEN_KEY);
  if (!token) {
    token = randomToken();
    localStorage.setItem(TOKEN_KEY, token);
  }
  return token;
}

export function newOpId(): string {
  return randomToken().slice(0, 22);
}
