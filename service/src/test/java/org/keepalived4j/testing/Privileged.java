package org.keepalived4j.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test (class or method) that needs root and network namespaces. It runs only where both are there;
 * elsewhere it is reported skipped with the reason. Such tests are *IT classes, run by failsafe in
 * {@code mvn verify}; the "privileged" tag keeps surefire away from them even if misnamed.
 * See {@link PrivilegedCondition} for the {@value PrivilegedCondition#MODE_PROPERTY} switch.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(PrivilegedCondition.TAG)
@ExtendWith(PrivilegedCondition.class)
public @interface Privileged {
}
