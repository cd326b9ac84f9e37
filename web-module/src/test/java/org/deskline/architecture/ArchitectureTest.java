package org.deskline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the architecture as rules that fail the build. Both modules are imported: the ejb-module's classes from
 * its jar (or target/classes), the web-module's from this module's target/classes.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.deskline");

    /**
     * The drawn feature graph (README, Architecture): a feature may use the features of a lower rank only. platform
     * and security are the ground; organization and ticket the core (ticket uses organization); alert carries what
     * the outer features report; sla, billing, maintenance, knowledge build on them; dashboard and the customer
     * systems' SOAP contract (api) compose them; demo reads everything.
     */
    private static final Map<String, Integer> RANK = Map.ofEntries(Map.entry("platform", 0),
            Map.entry("security", 1), Map.entry("organization", 2), Map.entry("ticket", 3), Map.entry("alert", 4),
            Map.entry("sla", 5), Map.entry("knowledge", 5), Map.entry("billing", 6), Map.entry("maintenance", 6),
            Map.entry("dashboard", 7), Map.entry("api", 7), Map.entry("demo", 8));

    @Test
    void features_depend_along_the_drawn_graph() {
        Set<String> backward = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            String from = feature(c);
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = feature(d.getTargetClass());
                if (from == null || to == null || from.equals(to)) {
                    continue;
                }
                if (!RANK.containsKey(from) || !RANK.containsKey(to)) {
                    backward.add(from + " -> " + to + " (a feature the graph does not know)");
                } else if (RANK.get(to) >= RANK.get(from)) {
                    backward.add(from + " -> " + to);
                }
            }
        }
        assertEquals(Set.of(), backward, "features depend one way (README, Architecture): a lower feature learns "
                + "of a higher one through an interface it owns or an event it fires, never by importing it");
    }

    @Test
    void entities_depend_on_no_boundary_and_on_no_control() {
        noClasses().that().resideInAPackage("org.deskline..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("org.deskline..boundary..", "org.deskline..control..")
                .because("entities are the innermost layer: boundary -> control -> entity; plain-Java rules that "
                        + "entities use (SLA clock, calendar, plan; backup retention) live beside them")
                .check(CLASSES);
    }

    @Test
    void controls_depend_on_no_boundary() {
        noClasses().that().resideInAPackage("org.deskline..control..")
                .should().dependOnClassesThat().resideInAPackage("org.deskline..boundary..")
                .because("boundary -> control -> entity, never back")
                .check(CLASSES);
    }

    @Test
    void console_beans_use_services_not_the_entity_manager() {
        noClasses().that().resideInAPackage("org.deskline..console..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .because("a console bean calls an EJB, which owns the transaction and the checks")
                .check(CLASSES);
    }

    @Test
    void console_getters_read_what_an_action_loaded_and_call_no_service() {
        Set<String> calling = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            if (!c.getPackageName().contains(".console")) {
                continue;
            }
            for (JavaMethod m : c.getMethods()) {
                if (!m.getName().matches("(get|is)[A-Z].*") || !m.getRawParameterTypes().isEmpty()) {
                    continue;
                }
                servicesCalled(c, m, new java.util.HashSet<>()).forEach(o ->
                        calling.add(c.getSimpleName() + "." + m.getName() + " -> " + o));
            }
        }
        calling.removeIf(SESSION_CACHES::contains);
        assertEquals(Set.of(), calling, "EL calls a getter several times a render: a console bean loads its data "
                + "once, on its view action or after the action that changed it, and the getter returns it");
    }

    /** Read once a session by design: who is signed in (null until then, so it cannot be read on construction). */
    private static final Set<String> SESSION_CACHES = Set.of("ConsoleSession.getMember -> StaffAccess");

    /** The EJBs a method calls, itself or through the methods of its own class it calls. */
    private static Set<String> servicesCalled(JavaClass owner, JavaMethod method, Set<JavaMethod> seen) {
        Set<String> services = new TreeSet<>();
        if (!seen.add(method)) {
            return services;
        }
        for (var call : method.getMethodCallsFromSelf()) {
            JavaClass target = call.getTargetOwner();
            if (target.isAnnotatedWith(Stateless.class) || target.isAnnotatedWith(Singleton.class)) {
                services.add(target.getSimpleName());
            } else if (target.equals(owner) && SESSION_CACHES.stream()
                    .noneMatch(cache -> cache.startsWith(owner.getSimpleName() + "." + call.getName() + " "))) {
                call.getTarget().resolveMember().ifPresent(m -> services.addAll(servicesCalled(owner, m, seen)));
            }
        }
        return services;
    }

    @Test
    void no_package_is_split_across_the_two_modules() {
        Map<String, Set<String>> modules = new TreeMap<>();
        for (JavaClass c : CLASSES) {
            String where = c.getSource().map(s -> s.getUri().toString()).orElse("?");
            String module = where.contains("ejb-module") ? "ejb-module" : where.contains("web-module")
                    ? "web-module" : where;
            modules.computeIfAbsent(c.getPackageName(), p -> new TreeSet<>()).add(module);
        }
        Map<String, Set<String>> split = new TreeMap<>();
        modules.forEach((pkg, in) -> {
            if (in.size() > 1) {
                split.put(pkg, in);
            }
        });
        assertEquals(Map.of(), split, "each package lives in one module");
    }

    /** The feature of a class of ours (org.deskline.FEATURE...), or null for anything else. */
    private static String feature(JavaClass c) {
        String name = c.getBaseComponentType().getPackageName();
        if (!name.startsWith("org.deskline.")) {
            return null;
        }
        String rest = name.substring("org.deskline.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
