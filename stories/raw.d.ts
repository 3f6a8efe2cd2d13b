// Vite serves any file as text with `?raw`; the docs pages read the README that way.
declare module '*?raw' {
  const text: string;
  export default text;
}
