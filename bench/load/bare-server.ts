/**
 * The floor: a bare Socket.IO broadcast server with rooms and `io.to(room).emit`, no validation,
 * no storage, no views. Whatever latency it shows is what the framework itself costs.
 * Run: PORT=4000 node --import tsx bench/load/bare-server.ts
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer((_req, res) => res.end('{"ok":true}'));
const io = new Server(http, { serveClient: false });

io.on('connection', (socket) => {
  let room = '';
  socket.on('join', (name: string, ack: (r: unknown) => void) => {
    room = name;
    void socket.join(name);
    ack({ ok: true });
  });
  socket.on('watch', (name: string, ack: (r: unknown) => void) => {
    room = name;
    void socket.join(`${name}:f`);
    ack({ ok: true });
  });
  socket.on('post', (payload: unknown, ack: (r: unknown) => void) => {
    io.to(room).to(`${room}:f`).emit('post', payload);
    ack({ ok: true });
  });
  socket.on('vote', (payload: unknown, ack: (r: unknown) => void) => {
    io.to(`${room}:f`).emit('vote', payload);
    ack({ ok: true });
  });
});

http.listen(Number(process.env.PORT ?? 4000), process.env.HOST ?? '127.0.0.1', () => console.log('bare server listening'));
