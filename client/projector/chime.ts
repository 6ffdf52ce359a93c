/** A short chime made on the spot with the Web Audio API: no sound file to fetch. */
let context: AudioContext | null = null;

/** Called from a click, so the browser lets the page make sound later. */
export function unlockSound(): void {
  context ??= new AudioContext();
  void context.resume();
}

export function chime(): void {
  if (!context) return;
  const now = context.currentTime;
  for (const [i, frequency] of [880, 660].entries()) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, now + i * 0.35);
    gain.gain.exponentialRampToValueAtTime(0.4, now + i * 0.35 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.35 + 0.6);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(now + i * 0.35);
    oscillator.stop(now + i * 0.35 + 0.65);
  }
}
