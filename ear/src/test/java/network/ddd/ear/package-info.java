/**
 * Black-box proof that the EAR ({@code ear/target/ddd.ear}) deploys on a full-profile Jakarta EE 10 server:
 * a fresh Payara Server 6 domain driven by asadmin, then HTTP only. Nothing here reaches into the application's
 * classes; the EAR is tested exactly as an operator would install it.
 */
package network.ddd.ear;
