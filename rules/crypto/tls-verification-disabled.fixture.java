// Fixture for crypto.tls-verification-disabled (Java).
package com.example.http;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.conn.ssl.TrustAllStrategy;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.ssl.SSLContextBuilder;

public class InsecureClients {

    static SSLContext trustAll() throws Exception {
        TrustManager[] trustAllCerts = new TrustManager[] {
            new X509TrustManager() {
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }

                public void checkClientTrusted(X509Certificate[] certs, String authType) {
                }

                @Override
                // ruleid: crypto.tls-verification-disabled
                public void checkServerTrusted(X509Certificate[] certs, String authType) {
                    // trust everything
                }
            }
        };
        SSLContext sc = SSLContext.getInstance("TLS");
        sc.init(null, trustAllCerts, new java.security.SecureRandom());
        return sc;
    }

    static void allHosts() {
        HostnameVerifier allHostsValid = new HostnameVerifier() {
            @Override
            // ruleid: crypto.tls-verification-disabled
            public boolean verify(String hostname, SSLSession session) {
                return true;
            }
        };
        HttpsURLConnection.setDefaultHostnameVerifier(allHostsValid);
        // ruleid: crypto.tls-verification-disabled
        HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> true);
    }

    static CloseableHttpClient apache() throws Exception {
        SSLContext ctx = new SSLContextBuilder()
            // ruleid: crypto.tls-verification-disabled
            .loadTrustMaterial(null, TrustAllStrategy.INSTANCE)
            .build();
        return HttpClients.custom()
            .setSSLContext(ctx)
            // ruleid: crypto.tls-verification-disabled
            .setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE)
            .build();
    }

    static SSLContext lambdaStrategy() throws Exception {
        return new SSLContextBuilder()
            // ruleid: crypto.tls-verification-disabled
            .loadTrustMaterial(null, (chain, authType) -> true)
            .build();
    }

    static class PinningTrustManager implements X509TrustManager {
        private final X509TrustManager delegate;

        PinningTrustManager(X509TrustManager delegate) {
            this.delegate = delegate;
        }

        public X509Certificate[] getAcceptedIssuers() {
            return delegate.getAcceptedIssuers();
        }

        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate.checkClientTrusted(chain, authType);
        }

        // ok: crypto.tls-verification-disabled
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            delegate.checkServerTrusted(chain, authType);
        }
    }

    static class StrictVerifier implements HostnameVerifier {
        @Override
        // ok: crypto.tls-verification-disabled
        public boolean verify(String hostname, SSLSession session) {
            return "api.example.com".equals(hostname);
        }
    }

    boolean verify(String signature, byte[] payload) {
        // ok: crypto.tls-verification-disabled
        return true;
    }
}
