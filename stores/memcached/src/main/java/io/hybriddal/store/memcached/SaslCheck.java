package io.hybriddal.store.memcached;

import io.hybriddal.dal.StoreException;
import io.hybriddal.dal.spi.StoreUri;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks SASL PLAIN credentials against each memcached server when a store opens, on a socket of
 * its own (one binary-protocol SASL_AUTH request): Xmemcached only logs a refusal and reconnects
 * forever, so every call would quietly miss. A server that is down or does not answer in time is
 * not an error here (its keys are misses until it is back); one that refuses the credentials is.
 */
final class SaslCheck {

    private static final Logger LOG = LoggerFactory.getLogger(MemcachedVolatileStore.class);
    private static final byte MAGIC_REQUEST = (byte) 0x80;
    private static final byte SASL_AUTH = 0x21;
    private static final int STATUS_AUTH_ERROR = 0x20;
    private static final byte[] PLAIN = "PLAIN".getBytes(StandardCharsets.US_ASCII);

    private SaslCheck() {
    }

    /** @throws StoreException naming server and user (never the password) when a server refuses them */
    static void require(MemcachedOptions options) {
        if (options.user() == null) {
            return;
        }
        for (StoreUri.HostPort server : options.servers()) {
            int status;
            try {
                status = authenticate(server, options);
            } catch (IOException e) {
                LOG.warn("memcached at {} could not be asked to check the SASL credentials: {}", server, FailureLog.describe(e));
                continue;
            }
            if (status == STATUS_AUTH_ERROR) {
                throw new StoreException("memcached at " + server + " refused the SASL credentials of user '" + options.user()
                        + "': check user and password in the store URI");
            }
            if (status != 0) {
                LOG.warn("memcached at {} answered the SASL check with status 0x{}", server, Integer.toHexString(status));
            }
        }
    }

    private static int authenticate(StoreUri.HostPort server, MemcachedOptions options) throws IOException {
        byte[] user = options.user().getBytes(StandardCharsets.UTF_8);
        byte[] password = (options.password() == null ? "" : options.password()).getBytes(StandardCharsets.UTF_8);
        int body = PLAIN.length + 2 + user.length + password.length;
        ByteBuffer request = ByteBuffer.allocate(24 + body);
        request.put(MAGIC_REQUEST).put(SASL_AUTH).putShort((short) PLAIN.length).put((byte) 0).put((byte) 0).putShort((short) 0)
                .putInt(body).putInt(0).putLong(0);
        request.put(PLAIN).put((byte) 0).put(user).put((byte) 0).put(password);
        int timeout = (int) Math.max(1000, options.connectTimeout().toMillis());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.host(), server.port()), timeout);
            socket.setSoTimeout(timeout);
            OutputStream out = socket.getOutputStream();
            out.write(request.array());
            out.flush();
            byte[] header = new byte[24];
            new DataInputStream(socket.getInputStream()).readFully(header);
            return ByteBuffer.wrap(header).getShort(6) & 0xffff;
        }
    }
}
