/** Nashra: a night's Arabic news to a bilingual English morning briefing. */
package nashra;
