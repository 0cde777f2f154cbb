// Preload (node -r) for tools that listen on every interface and offer no host option, such as the
// Agents Playground: every TCP listen is pinned to 127.0.0.1. Unix sockets and handles pass through.
const net = require('node:net');

const listen = net.Server.prototype.listen;
const loopback = '127.0.0.1';

const isPortOptions = (o) => o !== null && typeof o === 'object' && !('_handle' in o)
  && o.path === undefined && o.handle === undefined && o.fd === undefined;

net.Server.prototype.listen = function (...args) {
  const [first] = args;
  if (isPortOptions(first)) {
    args[0] = { ...first, host: loopback };
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    // listen(port[, host][, backlog][, callback]): replace a host if given, insert one if not.
    if (typeof args[1] === 'string') args[1] = loopback;
    else args.splice(1, 0, loopback);
  } else if (first === undefined || typeof first === 'function') {
    // listen() or listen(callback): a random port.
    args.splice(0, first === undefined ? 1 : 0, 0, loopback);
  }
  return listen.apply(this, args);
};
