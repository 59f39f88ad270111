package nl.bzk.spreiding.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP request from another address of the loopback range (127.0.0.x), so that tests of per-address throttling
 * neither depend on nor disturb the other tests, which all come from 127.0.0.1. Only loopback addresses are used.
 */
public final class Bronadres {

    private Bronadres() {}

    /** GET with HTTP Basic from the given loopback address; the status code of the answer. */
    public static int get(URL basis, String bron, String pad, String gebruiker, String wachtwoord) {
        if (!bron.startsWith("127.")) {
            throw new IllegalArgumentException("alleen loopback-adressen");
        }
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(bron), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", basis.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            String token =
                    Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
            String verzoek = "GET " + basis.getPath() + pad + " HTTP/1.1\r\nHost: localhost:" + basis.getPort()
                    + "\r\nAuthorization: Basic " + token + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
            OutputStream uit = socket.getOutputStream();
            uit.write(verzoek.getBytes(StandardCharsets.US_ASCII));
            uit.flush();
            InputStream in = socket.getInputStream();
            StringBuilder statusregel = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                statusregel.append((char) c);
            }
            in.transferTo(OutputStream.nullOutputStream());
            return Integer.parseInt(statusregel.toString().split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status line and the first part of the answer to a raw request (headers and body as given) from 127.0.0.1. */
    public static String ruw(URL basis, byte[] verzoek) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", basis.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream uit = socket.getOutputStream();
            try {
                uit.write(verzoek);
                uit.flush();
            } catch (IOException serverSloot) {
                // The server may answer and close before the whole request is sent: read what it said.
            }
            // Headers, then as much body as Content-Length says: a server may keep the connection open after answering.
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream kop = new ByteArrayOutputStream();
            while (!kop.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                kop.write(c);
            }
            String koppen = kop.toString(StandardCharsets.ISO_8859_1);
            Matcher lengte = Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(koppen);
            byte[] inhoud = lengte.find() ? in.readNBytes(Integer.parseInt(lengte.group(1))) : new byte[0];
            return koppen + new String(inhoud, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
